import type { GraphDef, ModelDef, NodeDef } from '../onnx/ir';
import { cutPoints, inputDependence } from './cut-points';

/** Ops that carry a layer's weights (or an attention product): what makes a group of layers a block. */
const HEAVY = new Set(['Conv', 'ConvTranspose', 'Gemm', 'MatMul']);
/** A run of plain layers (VGG's features) ends a block after each of these. */
const POOLS = new Set(['MaxPool', 'AveragePool']);

/**
 * A module of the exported network, recovered from node names: torch.onnx.export names each
 * node by the module path that ran it (`/features/features.3/conv/conv.0/conv.0.0/Conv`).
 */
interface Module {
  readonly key: string;
  /** In graph order: node indices run by the module itself, and child modules. */
  readonly items: (number | Module)[];
  /** All input-dependent node indices of the subtree, in graph order. */
  readonly nodes: number[];
}

const isModule = (x: number | Module): x is Module => typeof x !== 'number';
const composite = (m: Module) => m.items.some(isModule);

function modulePath(node: NodeDef): string[] {
  if (!node.name.startsWith('/')) return [];
  return node.name.split('/').filter((s) => s !== '').slice(0, -1);
}

function moduleTree(g: GraphDef, dependent: readonly number[]): Module {
  const root: Module = { key: '', items: [], nodes: [] };
  const modules = new Map<string, Module>([['', root]]);
  for (const i of dependent) {
    let m = root;
    m.nodes.push(i);
    let key = '';
    for (const seg of modulePath(g.nodes[i]!)) {
      key += `/${seg}`;
      let child = modules.get(key);
      if (!child || m.items[m.items.length - 1] !== child) {
        // A module met again after a sibling ran (a re-used activation) counts as a new item.
        child = { key, items: [], nodes: [] };
        modules.set(key, child);
        m.items.push(child);
      }
      child.nodes.push(i);
      m = child;
    }
    m.items.push(i);
  }
  return root;
}

interface Group {
  readonly nodes: number[];
  /** Plain layers (a run of leaf modules and loose ops), not a module of their own. */
  readonly loose: boolean;
  readonly heavy: boolean;
  /** Plain layers of the top level: they separate blocks but never are one. */
  readonly top: boolean;
}

/**
 * Block boundaries from module paths, for graphs exported by torch.onnx.export:
 *
 * - A block is a module holding at least two weight ops (Conv, Gemm, MatMul) that is a single
 *   cut point (everything after it reads the input only through its output): a ResNet
 *   BasicBlock, a ViT encoder layer, an inverted residual, a Fire module, a DenseNet dense block.
 * - A module is opened (its children become the candidates) when it holds a sequence: two or
 *   more such blocks as children, or two or more runs of plain layers ending in a pooling op
 *   (VGG's conv groups), or a descendant that does. So ResNet's layer1 opens into its
 *   BasicBlocks, MobileNet's `features` into its inverted residuals, EfficientNet's stages into
 *   their MBConvs, while a block itself is never opened.
 * - Inside an opened module, a child that holds no sequence is one block (a stem, a transition,
 *   a patch merging); a run of plain layers is a block when it has a weight op (split after each
 *   pooling op), else it joins the block before it (DenseNet's final norm, ViT's final ln).
 * - Plain layers at the top level (ResNet's stem, the pooling and the classifier) are no block,
 *   unless an opened module starts with plain layers that have no weight op and follow them
 *   directly: ViT's patch projection and class token (top level) with its position embedding
 *   (`encoder`, before the layers) are the patch embedding, one block, as Swin's is.
 *
 * The boundary of a block is the last single cut point it produces; boundaries at or after the
 * classifier's final layer, or inside its top-level module (`classifier`, `heads`), are dropped.
 */
export function detectModuleBlocks(model: ModelDef): string[] {
  const g = model.graph;
  const dep = inputDependence(g);
  const cuts = cutPoints(g);
  const root = moduleTree(g, dep.nodes);
  const heavyCount = (nodes: readonly number[]) => nodes.filter((i) => HEAVY.has(g.nodes[i]!.opType)).length;
  const lastCut = (nodes: readonly number[]) => {
    for (let k = nodes.length - 1; k >= 0; k--) {
      const out = g.nodes[nodes[k]!]!.outputs.find((o) => cuts.has(o));
      if (out !== undefined) return { tensor: out, at: nodes[k]! };
    }
    return undefined;
  };
  const lastNodeIsCut = (m: Module) => g.nodes[m.nodes[m.nodes.length - 1]!]!.outputs.some((o) => cuts.has(o));
  const isBlock = (m: Module) => composite(m) && heavyCount(m.nodes) >= 2 && lastNodeIsCut(m);

  /** A run of plain layers, split after each pooling op. */
  const splitAfterPools = (run: readonly number[]): number[][] => {
    const pieces: number[][] = [[]];
    for (const i of run) {
      pieces[pieces.length - 1]!.push(i);
      if (POOLS.has(g.nodes[i]!.opType)) pieces.push([]);
    }
    return pieces.filter((p) => p.length > 0);
  };
  /** Runs of plain layers among a module's items (leaf modules and own ops), split after pooling ops. */
  const loosePieces = (m: Module): number[][] => {
    const runs: number[][] = [[]];
    for (const item of m.items) {
      if (isModule(item) && composite(item)) runs.push([]);
      else runs[runs.length - 1]!.push(...(isModule(item) ? item.nodes : [item]));
    }
    return runs.flatMap(splitAfterPools);
  };
  const sequenceMemo = new Map<Module, boolean>();
  const holdsSequence = (m: Module): boolean => {
    let r = sequenceMemo.get(m);
    if (r === undefined) {
      const children = m.items.filter(isModule).filter(composite);
      r = children.filter(isBlock).length >= 2 || loosePieces(m).filter((p) => heavyCount(p) > 0).length >= 2 || children.some(holdsSequence);
      sequenceMemo.set(m, r);
    }
    return r;
  };

  const groups: Group[] = [];
  const looseGroup = (nodes: number[], top: boolean): Group => ({ nodes, loose: true, heavy: heavyCount(nodes) > 0, top });
  const open = (m: Module, top: boolean) => {
    let run: number[] = [];
    const flushRun = () => {
      for (const piece of splitAfterPools(run)) groups.push(looseGroup(piece, top));
      run = [];
    };
    for (const item of m.items) {
      if (isModule(item) && composite(item)) {
        flushRun();
        if (holdsSequence(item)) open(item, false);
        else groups.push({ nodes: item.nodes, loose: false, heavy: true, top: false });
      } else {
        run.push(...(isModule(item) ? item.nodes : [item]));
      }
    }
    flushRun();
  };
  open(root, true);

  const merged: number[][] = [];
  let previousOpen = false;
  let topRun: number[] = [];
  for (const grp of groups) {
    if (grp.top) {
      previousOpen = false;
      topRun.push(...grp.nodes);
      continue;
    }
    if (grp.loose && !grp.heavy) {
      if (previousOpen) merged[merged.length - 1]!.push(...grp.nodes);
      else if (heavyCount(topRun) > 0) {
        // ViT: conv_proj and the class token at the top level, the position embedding inside
        // `encoder`, before its layers: together the patch embedding, one block.
        merged.push([...topRun, ...grp.nodes]);
        previousOpen = true;
      }
      topRun = [];
      continue;
    }
    merged.push([...grp.nodes]);
    previousOpen = true;
    topRun = [];
  }

  const head = headNode(g, dep.tensors);
  // The classifier's own module (ConvNeXt's norm + flatten + linear, VGG's MLP) is the head, no block.
  const headModule = head === undefined ? undefined : modulePath(g.nodes[head]!)[0];
  const inHead = (nodes: readonly number[]) => headModule !== undefined && nodes.every((i) => modulePath(g.nodes[i]!)[0] === headModule);
  const boundaries: string[] = [];
  for (const nodes of merged) {
    const cut = lastCut(nodes);
    if (!cut || (head !== undefined && cut.at >= head) || inHead(nodes)) continue;
    if (!boundaries.includes(cut.tensor)) boundaries.push(cut.tensor);
  }
  return boundaries;
}

/** The classifier's final weight op: walking back from the first output through its input-dependent inputs. */
function headNode(g: GraphDef, dependent: ReadonlySet<string>): number | undefined {
  const producer = new Map<string, number>();
  g.nodes.forEach((n, i) => n.outputs.forEach((o) => o && producer.set(o, i)));
  let at = producer.get(g.outputs[0]?.name ?? '');
  const seen = new Set<number>();
  while (at !== undefined && !seen.has(at)) {
    seen.add(at);
    const node = g.nodes[at]!;
    if (HEAVY.has(node.opType)) return at;
    const next = node.inputs.find((t) => t !== '' && dependent.has(t));
    at = next === undefined ? undefined : producer.get(next);
  }
  return undefined;
}
