"""Render nbs/index.ipynb to README.md without Quarto (nbdev_readme needs Quarto, which this machine class lacks).

Markdown cells are copied; visible code cells become ```python blocks followed by their text output; a cell's PNG
output is saved under nbs/images/ and linked. `--check` fails if README.md is not what the notebook renders to."""
import base64, json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def _directives(src:str)->set:
    return {l[3:].strip() for l in src.splitlines() if l.startswith('#| ')}

def _raw_url()->str:
    "Where GitHub serves the repository's files (an absolute image URL works on GitHub, PyPI and in the docs)"
    import configparser
    c = configparser.ConfigParser()
    c.read(ROOT/'settings.ini')
    user, repo, branch = c['DEFAULT']['user'], c['DEFAULT']['repo'], c['DEFAULT']['branch']
    return f'https://raw.githubusercontent.com/{user}/{repo}/{branch}'

def render(nb_path:Path=ROOT/'nbs'/'index.ipynb', img_dir:Path=ROOT/'nbs'/'images')->tuple[str, dict]:
    "README text and {image path: bytes} for the notebook at `nb_path`"
    nb, parts, images = json.loads(nb_path.read_text()), [], {}
    for i, cell in enumerate(nb['cells']):
        src = ''.join(cell['source'])
        if cell['cell_type'] == 'markdown':
            parts.append(src.replace('\n> ', '\n> ', 1)); continue
        d = _directives(src)
        if 'hide' in d: continue
        code = '\n'.join(l for l in src.splitlines() if not l.startswith('#|'))
        if 'echo: false' not in d: parts.append(f'```python\n{code}\n```')
        for out in cell.get('outputs', []):
            data = out.get('data', {})
            if 'image/png' in data:
                p = img_dir/f'index_cell{i}.png'; images[p] = base64.b64decode(data['image/png'])
                parts.append(f'![]({_raw_url()}/{p.relative_to(ROOT).as_posix()})')
            elif out.get('output_type') == 'stream' and out.get('name') == 'stdout':
                parts.append('```\n' + ''.join(out['text']).rstrip() + '\n```')
            elif 'text/plain' in data:
                parts.append('```\n' + ''.join(data['text/plain']).rstrip() + '\n```')
    text = '<!-- Generated from nbs/index.ipynb by tools/readme.py: edit the notebook, not this file. -->\n\n' + '\n\n'.join(parts) + '\n'
    return text, images

def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    text, images = render()
    readme = ROOT/'README.md'
    if '--check' in argv:
        stale = [str(p) for p, b in images.items() if not p.exists() or p.read_bytes() != b]
        if not readme.exists() or readme.read_text() != text or stale:
            sys.exit('README.md is out of date with nbs/index.ipynb: run `python tools/readme.py`')
        print('README.md in sync with nbs/index.ipynb'); return
    for p, b in images.items(): p.parent.mkdir(parents=True, exist_ok=True); p.write_bytes(b)
    readme.write_text(text); print(f'wrote {readme.name} and {len(images)} image(s)')

if __name__ == '__main__':
    if {'-h', '--help'} & set(sys.argv[1:]): sys.exit(print(__doc__))
    main()
