"""The effects tasks of `27_effects` (analogy, removal, knob) for each effect at its reference setting and across its grid, through decoding
members and their shipped adapters, beside the baselines (leave it, FX2FX in y and in z, no adapter, perfect). Clips are
1-s mixes of held-out songs (--data), paired clip i with clip i + 1; the FX2FX shift is learned on mixes of --fit.
Writes JSON (the notebook prints its table).

Usage: python benchmarks/effects_tasks.py --data STEMS7 --fit STEMS --out effects_seed7.json [--members magphase conv codec]
       [--clips 16] [--fit-clips 32]"""
import argparse, json, os, time
from pathlib import Path
import torch

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--data', required=True); p.add_argument('--fit', required=True); p.add_argument('--out', required=True)
    p.add_argument('--members', nargs='+', default=['magphase', 'conv', 'codec'])
    p.add_argument('--clips', type=int, default=16); p.add_argument('--fit-clips', type=int, default=32)
    a = p.parse_args()
    from audio_algebra.registry import load_given, load_adapter
    from audio_algebra.audio_data import StemFolderDataset
    from audio_algebra.audio_evaluation import stem_crops
    from audio_algebra.effects import EFFECTS, effect_tasks
    out = dict(data=a.data, fit=a.fit, clips=a.clips, fit_clips=a.fit_clips, made_by=f"python benchmarks/effects_tasks.py "
               f"--data STEMS7 --fit STEMS --members {' '.join(a.members)} --clips {a.clips} --fit-clips {a.fit_clips}",
               members={})
    for name in a.members:
        t0 = time.perf_counter()
        given = load_given(name); aa = load_adapter(name, given=given)
        held = StemFolderDataset(a.data, split='all', crop_seconds=1., sr=given.sample_rate)
        train = StemFolderDataset(a.fit, split='train', crop_seconds=1., sr=given.sample_rate)
        clips, fit = stem_crops(held, a.clips, 0).sum(1), stem_crops(train, a.fit_clips, 1).sum(1)
        out['members'][name] = {e: effect_tasks(given, aa, clips, fit, e) for e in EFFECTS}
        out.setdefault('grid', {})[name] = {e: {str(p): (out['members'][name][e] if p == s.reference else
                                                         effect_tasks(given, aa, clips, fit, e, p)) for p in s.grid}
                                            for e, s in EFFECTS.items()}
        print(f'{name}: {time.perf_counter() - t0:.0f} s', flush=True)
    tmp = Path(a.out).with_suffix('.tmp'); tmp.write_text(json.dumps(out, indent=2) + '\n'); os.replace(tmp, a.out)
    print(f'wrote {a.out}')

if __name__ == '__main__': main()
