"""Gather the cross-soundfont protocol of `20_audio_demixing` into one JSON: every member's evaluation on held-out songs of
the original soundfont (TimGM6mb), of the training soundfonts with varied stems (`make-stems --preset varied --vary`), and
of the held-out FluidR3 family (`--preset fluidr3`), with the shipped adapters and with adapters retrained on varied stems,
from the `evaluate-aa` JSON files these commands write (RUNS: a folder of run folders; E: where the JSON files go):

  audio-algebra make-stems --preset varied --vary --tracks 200 --seed 0 --out VARIED
  audio-algebra make-stems --preset varied --vary --tracks 24 --seed 7 --out VARIED7
  audio-algebra make-stems --preset fluidr3 --tracks 24 --seed 7 --out FLUID7
  audio-algebra evaluate-aa --split all --data SET --given magphase conv convpool codec w2v --out E/old_SET.json        (SET: varied7, fluid7)
  audio-algebra evaluate-aa --split all --data SET --given conv convpool --crops 256 --out E/old256_SET.json
  audio-algebra train-aa --given M --data VARIED --out RUNS/v-M                                                     (M: codec, w2v, conv, convpool)
  audio-algebra evaluate-aa --split all --data SET --given M --adapter RUNS/v-M/adapter.pt --out E/new_M_SET.json   (SET: stems7 too)
  audio-algebra evaluate-aa --split all --data SET --given M --adapter RUNS/v-M/adapter.pt --crops 256 --out E/new256_M_SET.json
  audio-algebra train-given --model w2v --data VARIED --out RUNS/g-w2v-varied      (the w2v encoder itself, retrained on varied songs)
  audio-algebra train-aa --given w2v --given-weights RUNS/g-w2v-varied --data VARIED --out RUNS/v-w2v-enc
  audio-algebra evaluate-aa --split all --data SET --given w2v --given-weights RUNS/g-w2v-varied --adapter RUNS/v-w2v-enc/adapter.pt --out E/newenc_w2v_SET.json

Usage: python benchmarks/cross_soundfont.py --evals E --runs RUNS --out audio_algebra/results/soundfonts_seed7.json"""
import argparse, json, os
from pathlib import Path

SETS = dict(timgm='held-out songs, TimGM6mb (the training soundfont), dry (STEMS7)',
            varied='held-out songs, the training soundfonts of --preset varied, varied stems (VARIED7)',
            fluidr3='held-out songs, the held-out FluidR3 family (--preset fluidr3), dry (FLUID7)')
FILES = dict(timgm='stems7', varied='varied7', fluidr3='fluid7')
RETRAINED = ('codec', 'w2v', 'conv', 'convpool')

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--evals', required=True); p.add_argument('--runs', required=True); p.add_argument('--out', required=True)
    a = p.parse_args()
    E, R = Path(a.evals), Path(a.runs)
    res = Path(__file__).resolve().parent.parent/'audio_algebra'/'results'
    load = lambda f: json.loads(Path(f).read_text())['models']
    shipped = {'timgm': load(res/'evaluate_seed7.json'), 'varied': load(E/'old_varied7.json'), 'fluidr3': load(E/'old_fluid7.json')}
    shipped = {s: {m: r for m, r in ms.items() if m in ('magphase', *RETRAINED)} for s, ms in shipped.items()}
    retrained = {s: {m: load(E/f'new_{m}_{FILES[s]}.json')[m] for m in RETRAINED} for s in SETS}
    paired = lambda ms: {m: ms[m]['paired_gain_db'] for m in ('conv', 'convpool')}
    paired256 = dict(shipped={'timgm': paired(load(res/'paired_seed7.json')), 'varied': paired(load(E/'old256_varied7.json')),
                              'fluidr3': paired(load(E/'old256_fluid7.json'))},
                     retrained={s: {m: load(E/f'new256_{m}_{FILES[s]}.json')[m]['paired_gain_db'] for m in ('conv', 'convpool')}
                                for s in ('varied', 'fluidr3')})
    training = {m: {k: v for k, v in json.loads((R/f'v-{m}'/'metrics.json').read_text())['training'].items()
                    if k in ('steps', 'wall_seconds', 'kind', 'train_tracks')} for m in RETRAINED}
    new_members = {}
    if all((E/f'newenc_w2v_{FILES[s]}.json').exists() for s in SETS):      # the encoder retrained on varied songs
        one = lambda ms: next(iter(ms.values()))                            # one member per file (named w2v, or w2v_varied)
        new_members['w2v_var'] = {s: one(load(E/f'newenc_w2v_{FILES[s]}.json')) for s in SETS}
        training['w2v_var'] = {k: v for k, v in json.loads((R/'v-w2v-enc'/'metrics.json').read_text())['training'].items()
                               if k in ('steps', 'wall_seconds', 'kind', 'train_tracks')}
        training['w2v_var']['encoder'] = {k: v for k, v in json.loads((R/'g-w2v-varied'/'metrics.json').read_text()).items()
                                          if k not in ('schema', 'out')}
    out = dict(sets=SETS, crops=32, paired_crops=256, recipe='audio-algebra make-stems --preset varied --vary --tracks 200 --seed 0',
               made_by=__doc__.split('\n\n')[1].strip().splitlines(), shipped=shipped, retrained=retrained,
               paired256=paired256, training=training, new_members=new_members)
    tmp = Path(a.out).with_suffix('.tmp'); tmp.write_text(json.dumps(out, indent=1) + '\n'); os.replace(tmp, a.out)
    print(f'wrote {a.out}')

if __name__ == '__main__': main()
