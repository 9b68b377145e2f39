#!/usr/bin/env python3
"""Write the notebook table of nbs/index.ipynb and the docs sidebar (nbs/sidebar.yml) from the notebooks themselves:
every numbered notebook, in order, with its title, then the experiments. `--check` fails if either is out of date.

    python tools/notebook_table.py [--check]
"""
import json, re, sys
from pathlib import Path

NBS = Path(__file__).resolve().parent.parent / 'nbs'
REPO = 'https://github.com/drscotthawley/audio-algebra/blob/main/nbs'
START, END = '<!-- notebooks: start -->', '<!-- notebooks: end -->'

def notebooks()->list:
    "Numbered notebooks in order, then the experiments"
    return sorted(NBS.glob('[0-9]*.ipynb')) + sorted((NBS / 'experiments').glob('*.ipynb'))

def summary(p:Path)->str:
    "A notebook's `> summary` line (after its `# Title`)"
    src = ''.join(json.loads(p.read_text())['cells'][0]['source'])
    m = re.search(r'^> (.+)$', src, re.M)
    return m[1].strip() if m else ''

def row(p:Path)->str:
    rel = p.relative_to(NBS).as_posix()
    links = (f"[Colab](https://colab.research.google.com/github/drscotthawley/audio-algebra/blob/main/nbs/{rel}) · "
             f"[NBViewer](https://nbviewer.org/github/drscotthawley/audio-algebra/blob/main/nbs/{rel})")
    return f"| `{rel[:-6]}` | {summary(p)} | {links} |"

def table()->str:
    return '\n'.join([START, '| notebook | what it covers | open |', '|---|---|---|', *map(row, notebooks()), END])

def sidebar()->str:
    items = ['index.ipynb', *(p.relative_to(NBS).as_posix() for p in notebooks())]
    return 'website:\n  sidebar:\n    contents:\n' + ''.join(f'      - {i}\n' for i in items)

def main(check:bool=False)->int:
    idx = NBS / 'index.ipynb'
    nb = json.loads(idx.read_text())
    cell = next(c for c in nb['cells'] if START in ''.join(c['source']))
    src = ''.join(cell['source'])
    new = src[:src.index(START)] + table() + src[src.index(END) + len(END):]
    stale = [n for n, ok in (('index.ipynb', new == src), ('sidebar.yml', (NBS / 'sidebar.yml').read_text() == sidebar()))
             if not ok]
    if check:
        if stale: print(f"out of date: {stale}: run python tools/notebook_table.py"); return 1
        print('notebook table and sidebar up to date'); return 0
    lines = new.split('\n')
    cell['source'] = [l + '\n' for l in lines[:-1]] + [lines[-1]]
    idx.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
    (NBS / 'sidebar.yml').write_text(sidebar())
    print('wrote the notebook table and the sidebar')
    return 0

if __name__ == '__main__':
    if {'-h', '--help'} & set(sys.argv[1:]): sys.exit(print(__doc__))
    sys.exit(main('--check' in sys.argv))
