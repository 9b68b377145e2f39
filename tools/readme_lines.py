"""Run the README's "In five lines" example with whatever `audio_algebra` is importable (e.g. a wheel installed in a
clean venv) and check that it prints what the README shows.

    python tools/readme_lines.py [README.md]"""
import contextlib, io, re, sys
from pathlib import Path

def section(text:str, title:str)->str:
    "The text of the `## title` section"
    m = re.search(rf'^## {re.escape(title)}\n(.*?)(?=^## |\Z)', text, re.M | re.S)
    if not m: raise SystemExit(f"README has no '## {title}' section")
    return m[1]

def main(readme:str)->int:
    body = section(Path(readme).read_text(encoding='utf-8'), 'In five lines')
    blocks = re.findall(r'```(\w*)\n(.*?)```', body, re.S)
    code = '\n'.join(b for lang, b in blocks if lang == 'python')
    shown = '\n'.join(b.strip() for lang, b in blocks if not lang)
    out = io.StringIO()
    with contextlib.redirect_stdout(out): exec(compile(code, 'README', 'exec'), {})
    if out.getvalue().strip() != shown:
        print(f"README's example printed:\n{out.getvalue().strip()}\nbut the README shows:\n{shown}")
        return 1
    print(f"README's example ({len(code.strip().splitlines())} lines) prints what the README shows")
    return 0

if __name__ == '__main__':
    if {'-h', '--help'} & set(sys.argv[1:]): sys.exit(print(__doc__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parent.parent/'README.md')))
