export { naturalBaseline } from './baseline';
export { byText, groupBy } from './group-by';
export { interval } from './interval';
