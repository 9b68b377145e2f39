"""Process every notebook the way `nbdev_docs` does before Quarto renders it (nbdev's `FilterDefaults`: the cells it
executes for the docs, `show_doc` included), without Quarto and without nbdev's own install step; fail on any error.

    python tools/docs_check.py [NOTEBOOK ...]      # default: every notebook in nbs/

Run it with the project's venv Python; it writes nothing into the repository."""
from __future__ import annotations
import os, sys, time, traceback, multiprocessing as mp
from pathlib import Path

def check(path:str)->tuple:
    "Process one notebook in a fresh process (as nbdev does, one spawn per notebook): (name, seconds, error or None)"
    from execnb.nbio import read_nb
    from nbdev.processors import FilterDefaults
    os.environ['IN_TEST'] = '1'                          # what nbdev's docs driver sets
    p, t = Path(path).resolve(), time.perf_counter()
    os.chdir(p.parent)
    try: FilterDefaults()(read_nb(p))
    except BaseException as e: return p.name, time.perf_counter() - t, ''.join(traceback.format_exception(e))[-3000:]
    return p.name, time.perf_counter() - t, None

COLAB_HEAD = ('#| hide', '#| colab', '#| eval: false')   # hidden in the docs, skipped by nbdev_test and the docs build

def colab_cell_problem(path:str)->str|None:
    "Why the notebook does not open on its title and summary, then the Colab install cell (None when it does)"
    import json
    cells = json.loads(Path(path).read_text())['cells']
    srcs = [''.join(c['source']) for c in cells[:2]]
    if len(srcs) < 2 or cells[0]['cell_type'] != 'markdown' or not srcs[0].startswith('# ') or '\n> ' not in srcs[0]:
        return f"{Path(path).name}: the first cell must be the title and the one-line summary (# Title, > summary)"
    if tuple(srcs[1].splitlines()[:3]) != COLAB_HEAD or "'google.colab' in sys.modules" not in srcs[1]:
        return f"{Path(path).name}: the second cell must be the Colab install cell, starting with {' / '.join(COLAB_HEAD)}"

def main(paths:list)->int:
    ctx, bad = mp.get_context('spawn'), 0
    for why in filter(None, map(colab_cell_problem, paths)):
        print(why)
        bad += 1
    for path in paths:
        with ctx.Pool(1) as pool: name, secs, err = pool.apply(check, (path,))
        print(f"{name:32s} {secs:6.1f} s  {'ok' if err is None else 'FAILED'}", flush=True)
        if err:
            bad += 1
            print(err)
    print(f"docs check: {len(paths)} notebooks, {bad} problem(s)")
    return 1 if bad else 0

if __name__ == '__main__':
    if {'-h', '--help'} & set(sys.argv[1:]): sys.exit(print(__doc__))
    root = Path(__file__).resolve().parent.parent
    sys.exit(main(sys.argv[1:] or [str(p) for p in sorted((root/'nbs').rglob('*.ipynb'))]))
