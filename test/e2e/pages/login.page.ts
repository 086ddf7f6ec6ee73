import { expect, type Locator, type Page } from '@playwright/test';

/** /login: the API token pasted once; the top bar then offers "Log out". */
export class LoginPage {
  readonly token: Locator;
  readonly submit: Locator;
  readonly refused: Locator;
  /** The top bar's session control. */
  readonly logIn: Locator;
  readonly logOut: Locator;

  constructor(readonly page: Page) {
    this.token = page.getByLabel('API token');
    this.submit = page.getByRole('button', { name: 'Log in' });
    this.refused = page.getByRole('alert', { name: 'The login was refused' });
    this.logIn = page.getByRole('banner').getByRole('link', { name: 'Log in' });
    this.logOut = page.getByRole('banner').getByRole('button', { name: 'Log out' });
  }

  async goto(next?: string): Promise<void> {
    await this.page.goto(next === undefined ? '/login' : `/login?next=${encodeURIComponent(next)}`);
  }

  /** Log in through the form and wait until the dashboard shows the session. */
  async logInWith(token: string): Promise<void> {
    await this.goto();
    await this.token.fill(token);
    await this.submit.click();
    await expect(this.logOut).toBeVisible();
  }
}
