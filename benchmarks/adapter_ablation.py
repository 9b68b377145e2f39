"""Ablation of the adapter on a zoo member (magphase or codec): one row per idea, the same training data, steps and
seed, evaluated on the same held-out 4-stem crops. Prints a table and writes every row's metrics as JSON.

    OMP_NUM_THREADS=1 python benchmarks/adapter_ablation.py --given magphase --data STEMS --eval EVAL_STEMS --out r.json
    OMP_NUM_THREADS=1 python benchmarks/adapter_ablation.py --given codec --steps 1500 --only gain ...   # some rows

STEMS: `audio-algebra make-stems --out STEMS --tracks 200 --seed 0`; EVAL_STEMS: a fresh seed, e.g. `--tracks 24 --seed 7`.
"""
import argparse, tempfile, time
from pathlib import Path
import torch
from audio_algebra.core import save_json, check_new
from audio_algebra.config import AudioAAConfig
from audio_algebra.audio_aa import default_aa_config, fit_adapter
from audio_algebra.audio_data import StemFolderDataset
from audio_algebra.audio_evaluation import stem_crops, evaluate_adapter
from audio_algebra.registry import load_given

ROWS = {'magphase': {  # name -> (AudioAAConfig fields, AAConfig fields)
    'binwise MLP · mse mix · VICReg var+cov (previous recipe)': (dict(kind='binwise'),
                                                                  dict(lr=3e-3, mix_norm='mse', w_cov=1.)),
    'binwise MLP · level mix · var only': (dict(kind='binwise'), dict(lr=3e-3, mix_norm='level', w_cov=0.)),
    'polar · mse mix · var+cov': (dict(kind='polar'), dict(mix_norm='mse', w_cov=1.)),
    'polar · level mix · var+cov': (dict(kind='polar'), dict(mix_norm='level', w_cov=1.)),
    'polar · level mix · var only (shipped recipe)': (dict(kind='polar'), dict(mix_norm='level', w_cov=0.)),
    'polar power law (terms=0) · level mix · var only': (dict(kind='polar', hidden=0), dict(mix_norm='level', w_cov=0.)),
}, 'codec': {
    'MLP per frame · mse mix · VICReg var+cov (generic recipe)': (dict(kind='mlp'),
                                                                 dict(mix_norm='mse', w_var=1., w_cov=1.)),
    'gain · level mix · VICReg var': (dict(kind='gain'), dict(mix_norm='level', w_var=1., w_cov=0.)),
    'gain · mse mix · no VICReg (shipped recipe)': (dict(kind='gain'), dict(mix_norm='mse', w_var=0., w_cov=0.)),
    'gain · level mix · no VICReg (shipped before)': (dict(kind='gain'), dict(mix_norm='level', w_var=0., w_cov=0.)),
}}

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--given', default='magphase', choices=list(ROWS), help='zoo member')
    p.add_argument('--only', default='', help='run only the rows whose name contains this')
    p.add_argument('--data', required=True, help='training stem folder')
    p.add_argument('--eval', required=True, help='held-out stem folder (all of its tracks are used)')
    p.add_argument('--out', required=True, help='JSON file to write')
    p.add_argument('--steps', type=int, default=1000, help='training steps of every row')
    p.add_argument('--crops', type=int, default=32, help='held-out 4-stem 1-s crops')
    p.add_argument('--device', default='cpu', help="'cpu', 'cuda', 'mps' or 'auto'")
    p.add_argument('--overwrite', action='store_true')
    a = p.parse_args()
    check_new(a.out, a.overwrite)
    given = load_given(a.given)
    ds = StemFolderDataset(a.eval, split='all', crop_seconds=1.0, sr=given.sample_rate)
    crops = stem_crops(ds, a.crops, seed=0)
    rows = {}
    for name, (audio_kw, train_kw) in ROWS[a.given].items():
        if a.only not in name: continue
        cfg = default_aa_config(a.given, steps=a.steps, frame_every=0, wandb_mode='disabled', device=a.device,
                                **train_kw)
        with tempfile.TemporaryDirectory() as d:
            t0 = time.perf_counter()
            aa, info = fit_adapter(a.data, d, AudioAAConfig(given=a.given, **audio_kw), cfg, progress=False)
            wall = time.perf_counter() - t0
        r = evaluate_adapter(given, aa.eval(), crops, ds.stems, a.device)
        rows[name] = dict(audio=audio_kw, train=train_kw, train_seconds=wall, steps=info['steps'], **r)
        m = r['adapter']
        print(f"{name:55s} demix {m['demix_si_sdr']:7.2f} dB  latent SNR {m['latent_demix_snr']:7.2f} dB  "
              f"inverse {m['inverse_si_sdr']:7.2f} dB  additivity {m['additivity']:.4f}  {wall:5.0f} s", flush=True)
    machine = torch.cuda.get_device_name() if 'cuda' in str(given.device) else f'CPU, {torch.get_num_threads()} threads'
    save_json(dict(given=a.given, data=a.data, eval=a.eval, crops=a.crops, crop_seconds=1.0, crop_seed=0, steps=a.steps,
                   machine=machine, rows=rows), a.out, overwrite=a.overwrite)

if __name__ == '__main__': main()
