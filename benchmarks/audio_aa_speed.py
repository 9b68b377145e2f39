"""Audio adapter throughput for every zoo member, on this machine's CPU.

Training: the library's real loop (`fit_adapter` -> `train_aa`, wandb off, no demo frames) with each member's default
settings for `--steps` steps; prints seconds of mixed audio per second of wall time (batch x crop length x steps / wall).
Evaluation: `evaluate_adapter` (with adapter, without, and the ceiling) on 1-second 4-stem crops; seconds of audio per second.
Needs a stem folder (audio-algebra make-stems --tracks 40 --seconds 8 --out DIR).
Usage: python benchmarks/audio_aa_speed.py --data DIR [--steps 100] [--crops 16] [--threads N] [--given conv dense ...]"""
import argparse, os, tempfile
import torch
from audio_algebra.registry import DECODING, load_given
from audio_algebra.audio_data import StemFolderDataset
from audio_algebra.config import AudioAAConfig
from audio_algebra.audio_aa import default_aa_config, fit_adapter
from audio_algebra.audio_evaluation import stem_crops, evaluate_adapter

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--data', required=True); p.add_argument('--steps', type=int, default=100); p.add_argument('--crops', type=int, default=16)
    p.add_argument('--threads', type=int, default=None); p.add_argument('--given', nargs='+', default=DECODING, choices=DECODING)
    a = p.parse_args()
    if a.threads: torch.set_num_threads(a.threads)
    print(f'torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} CPUs')
    print(f"{'member':10s}{'train s/s':>12s}{'steps/s':>10s}{'eval s/s':>10s}   (seconds of audio per second of wall time)")
    for name in a.given:
        audio = AudioAAConfig(given=name)
        cfg = default_aa_config(name, steps=a.steps, frame_every=0, wandb_mode='disabled', ckpt_every=10**9)
        with tempfile.TemporaryDirectory() as d:
            aa, info = fit_adapter(a.data, d, audio, cfg, progress=False)
        train = cfg.batch * audio.crop_seconds * info['steps'] / info['wall_seconds']
        given = load_given(name)
        crops = stem_crops(StemFolderDataset(a.data, split='all', crop_seconds=1.0, sr=given.sample_rate), a.crops)
        r = evaluate_adapter(given, aa, crops)
        print(f"{name:10s}{train:12.1f}{info['steps_per_second']:10.2f}{r['audio_seconds_per_second']:10.1f}")

if __name__ == '__main__': main()
