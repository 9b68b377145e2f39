#!/usr/bin/env python3
"""Print the import graph of the `audio_algebra` package and check its layering.

Rules: `core` and `config` at the bottom; the shared adapter and training modules on them; the toy and the audio
modules as peers above them (neither imports the other); the command line on top. No library module imports an
exploring notebook's module, and `config` and `cli` import no torch at import time (help stays instant). Every import counts, including
imports inside functions. The graph must have no cycles, no module may import from a layer above its own,
and a module's notebook must come after the notebooks of everything it imports (notebook order = import
order). Exit status 1 when a rule is broken.

    python tools/depgraph.py          # print the graph and check it
"""
import ast, re, sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / 'audio_algebra'
LAYERS = {                                   # layer -> (modules, layers it may import from)
    'core':   (['core', 'config'], []),
    'shared': (['adapters', 'training'], ['core']),
    'toy':    (['toy_given', 'toy_data', 'toy_demixing', 'toy_run'], ['core', 'shared']),
    'audio':  (['audio_data', 'metrics', 'given_audio', 'exact', 'autoencoders', 'codec', 'encoders',
                'pretrained_codecs', 'registry', 'audio_evaluation', 'latents', 'audio_aa', 'audio_demix', 'effects'],
               ['core', 'shared']),
    'runs':   (['runs'], ['core', 'shared', 'toy', 'audio']),
    'cli':    (['cli'], ['core', 'shared', 'toy', 'audio', 'runs']),
    'perf':   (['perf'], ['core']),               # measuring tools for the benchmarks; nothing imports them
}
EXPLORING = {'latents'}                      # modules of exploring notebooks: no library module may import them
TORCH_FREE = {'config', 'cli'}               # modules that must not import torch (the command line's help is instant)
LAYER_OF = {m: layer for layer, (mods, _) in LAYERS.items() for m in mods}

def imports(path:Path)->set:
    "Modules of the package that `path` imports, anywhere in the file"
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module: found.add(node.module.split('.')[0])
            elif node.level == 1: found.update(a.name for a in node.names if not a.name.startswith('__'))
            elif node.module and node.module.startswith('audio_algebra.'): found.add(node.module.split('.')[1])
            elif node.module == 'audio_algebra': found.update(a.name for a in node.names if a.name != '__version__')
        elif isinstance(node, ast.Import):
            found.update(a.name.split('.')[1] for a in node.names if a.name.startswith('audio_algebra.'))
    return found

def notebook(path:Path)->str|None:
    "The notebook a module is exported from (nbdev's header)"
    m = re.search(r'File to edit: \.\./nbs/(\S+\.ipynb)', path.read_text())
    return m.group(1) if m else None

def find_cycle(graph:dict)->list|None:
    "One import cycle as a list of modules, or None"
    state, stack = {}, []
    def visit(m):
        state[m] = 'open'; stack.append(m)
        for n in sorted(graph.get(m, ())):
            if state.get(n) == 'open': return stack[stack.index(n):] + [n]
            if n not in state and (c := visit(n)): return c
        state[m] = 'done'; stack.pop()
    for m in sorted(graph):
        if m not in state and (c := visit(m)): return c

def main()->int:
    mods = {p.stem: p for p in sorted(PKG.glob('*.py')) if not p.stem.startswith('_')}
    graph = {m: sorted(imports(p) - {m}) for m, p in mods.items()}
    problems = []
    for m in mods:
        if m not in LAYER_OF: problems.append(f"{m}: not in any layer: add it to LAYERS in {Path(__file__).name}")
        nb = notebook(mods[m])
        if nb is None or not (PKG.parent / 'nbs' / nb).is_file(): problems.append(f"{m}: no notebook exports it (stale file? delete it)")
    for layer, (names, _) in LAYERS.items():
        problems += [f"{layer}: module {n} listed but missing" for n in names if n not in mods]
    for m, deps in graph.items():
        for d in deps:
            if d not in mods: problems.append(f"{m} imports {d}, which is not a module of the package"); continue
            lm, ld = LAYER_OF.get(m), LAYER_OF.get(d)
            if lm and ld and ld != lm and ld not in LAYERS[lm][1]: problems.append(f"{m} ({lm}) imports {d} ({ld}): an upward or sideways import")
            nm, nd = notebook(mods[m]), notebook(mods[d])
            if nm and nd and nd > nm: problems.append(f"{m} ({nm}) imports {d} from a later notebook ({nd})")
    if (cycle := find_cycle(graph)): problems.append('import cycle: ' + ' -> '.join(cycle))
    problems += [f"{m} imports {d}, an exploring notebook's module: move what it needs into the library"
                 for m, deps in graph.items() for d in deps if d in EXPLORING]
    for m in TORCH_FREE & set(mods):
        top = [n for n in ast.parse(mods[m].read_text()).body if isinstance(n, (ast.Import, ast.ImportFrom))]
        names = {a.name.split('.')[0] for n in top if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module.split('.')[0] for n in top if isinstance(n, ast.ImportFrom) and n.module and not n.level}
        names |= {n.module for n in top if isinstance(n, ast.ImportFrom) and n.level and n.module}
        if 'torch' in names or names & (set(mods) - TORCH_FREE):
            problems.append(f"{m} must not import torch or torch modules at import time (found {sorted(names)})")
    for layer, (names, _) in reversed(list(LAYERS.items())):
        print(f'[{layer}]')
        for n in names:
            if n in mods: print(f'  {n:18s} <- {", ".join(graph[n]) or "-"}')
    for p in problems: print('error:', p, file=sys.stderr)
    print(f"{len(mods)} modules, {sum(map(len, graph.values()))} imports: " + ('layering OK' if not problems else f'{len(problems)} problem(s)'))
    return 1 if problems else 0

if __name__ == '__main__':
    if {'-h', '--help'} & set(sys.argv[1:]): sys.exit(print(__doc__))
    sys.exit(main())
