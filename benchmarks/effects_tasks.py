"""The effects tasks of `19b_effects` (analogy, removal, knob) for each effect at its reference setting and across its grid, through decoding
members and their shipped adapters (the mixing one, row NAME, and the effects one, row "NAME fx"), beside the baselines (leave it, FX2FX in y and in z, no adapter, perfect). Clips are
1-s mixes of held-out songs (--data), paired clip i with clip i + 1; the FX2FX shift is learned on mixes of --fit.
Writes JSON (the notebook prints its table).

Usage: python benchmarks/effects_tasks.py --data STEMS7 --fit STEMS --out effects_seed7.json [--members magphase conv codec]
       [--tasks mix effects] [--fx-runs RUNS] [--clips 16] [--fit-clips 32] [--reference-only] [--merge]
Effects adapters: the shipped one, else RUNS/fx-NAME/adapter.pt (made by
`audio-algebra train-aa --task effects --given NAME --data STEMS --out RUNS/fx-NAME`)."""
import argparse, json, os, time
from pathlib import Path
import torch

def _rounded(o, digits:int=4):
    "Floats to `digits` decimals (dB and distances need no more), so the committed JSON stays small"
    if isinstance(o, float): return round(o, digits)
    if isinstance(o, dict): return {k: _rounded(v, digits) for k, v in o.items()}
    if isinstance(o, list): return [_rounded(v, digits) for v in o]
    return o

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--data', required=True); p.add_argument('--fit', required=True); p.add_argument('--out', required=True)
    p.add_argument('--members', nargs='+', default=['magphase', 'conv', 'codec'])
    p.add_argument('--tasks', nargs='+', default=['mix', 'effects'], choices=['mix', 'effects'])
    p.add_argument('--fx-runs', default='runs', help='run folders of effects adapters that are not shipped')
    p.add_argument('--reference-only', action='store_true', help="each effect's reference setting only (no grid)")
    p.add_argument('--merge', action='store_true', help='add these members to the --out JSON instead of replacing it')
    p.add_argument('--clips', type=int, default=16); p.add_argument('--fit-clips', type=int, default=32)
    a = p.parse_args()
    from audio_algebra.registry import load_given, load_adapter, shipped_adapter
    from audio_algebra.audio_data import StemFolderDataset
    from audio_algebra.audio_evaluation import stem_crops
    from audio_algebra.effects import EFFECTS, effect_tasks
    out = dict(data=a.data, fit=a.fit, clips=a.clips, fit_clips=a.fit_clips, made_by=f"python benchmarks/effects_tasks.py "
               f"--data STEMS7 --fit STEMS --members {' '.join(a.members)} --tasks {' '.join(a.tasks)} --fx-runs RUNS --clips {a.clips} --fit-clips {a.fit_clips}"
               f"{' --reference-only' if a.reference_only else ''}",
               members={})
    for name in a.members:
        given = load_given(name)
        held = StemFolderDataset(a.data, split='all', crop_seconds=1., sr=given.sample_rate)
        train = StemFolderDataset(a.fit, split='train', crop_seconds=1., sr=given.sample_rate)
        clips, fit = stem_crops(held, a.clips, 0).sum(1), stem_crops(train, a.fit_clips, 1).sum(1)
        for task in a.tasks:
            t0, row = time.perf_counter(), name if task == 'mix' else f'{name} fx'
            shipped = shipped_adapter(name, task).is_file() or task == 'mix'
            path = None if shipped else Path(a.fx_runs)/f'fx-{name}'/'adapter.pt'
            aa = load_adapter(name, path, given=given, task=task)
            out.setdefault('adapters', {})[row] = 'shipped' if shipped else f'RUNS/fx-{name}/adapter.pt (not shipped)'
            out['members'][row] = {e: effect_tasks(given, aa, clips, fit, e) for e in EFFECTS}
            if not a.reference_only:
                out.setdefault('grid', {})[row] = {e: {str(p): (out['members'][row][e] if p == s.reference else
                                                                effect_tasks(given, aa, clips, fit, e, p)) for p in s.grid}
                                                   for e, s in EFFECTS.items()}
            print(f'{row}: {time.perf_counter() - t0:.0f} s', flush=True)
    if a.merge and Path(a.out).exists():
        old = json.loads(Path(a.out).read_text())
        for k in ('members', 'grid', 'adapters'): old.setdefault(k, {}).update(out.get(k, {}))
        old['made_by'] = [*([old['made_by']] if isinstance(old['made_by'], str) else old['made_by']), out['made_by'] + ' --merge']
        out = old
    tmp = Path(a.out).with_suffix('.tmp'); tmp.write_text(json.dumps(_rounded(out), indent=1) + '\n'); os.replace(tmp, a.out)
    print(f'wrote {a.out}')

if __name__ == '__main__': main()
