"Packaging for audio-algebra: everything is read from settings.ini (nbdev 2 layout)."
from configparser import ConfigParser
import setuptools

cfg = ConfigParser(delimiters=['='])
cfg.read('settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']
for k in 'version description keywords author author_email lib_name lib_path min_python license git_url'.split():
    assert k in cfg, f'settings.ini is missing `{k}`'

def _reqs(key): return cfg.get(key, '').split()
licenses = {'apache2': 'Apache-2.0'}            # SPDX expressions (license classifiers are deprecated)
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable']
py_versions = '3.10 3.11 3.12 3.13'.split()   # the versions CI tests (.github/workflows/test.yaml)
min_py = cfg['min_python']
lic = licenses[cfg['license']]
extras = {'wandb': _reqs('wandb_requirements'), 'widgets': _reqs('widgets_requirements'), 'audio': _reqs('audio_requirements'),
          'encodec': _reqs('encodec_requirements'), 'dac': _reqs('dac_requirements'), 'oobleck': _reqs('oobleck_requirements'),
          'music2latent': _reqs('music2latent_requirements'), 'vocoder': _reqs('vocoder_requirements'),
          'dev': _reqs('dev_requirements')}
extras['codecs'] = sorted(set(extras['encodec'] + extras['dac'] + extras['oobleck'] + extras['music2latent']))
extras['all'] = extras['wandb'] + extras['widgets'] + extras['audio']

setuptools.setup(
    name=cfg['lib_name'], version=cfg['version'], description=cfg['description'],
    long_description=open('README.md', encoding='utf-8').read(), long_description_content_type='text/markdown',
    author=cfg['author'], author_email=cfg['author_email'], license=lic, url=cfg['git_url'],
    keywords=cfg['keywords'], python_requires=f'>={min_py}',
    classifiers=['Development Status :: ' + statuses[int(cfg['status'])], 'Intended Audience :: Science/Research',
                 'Natural Language :: English']
                + ['Programming Language :: Python :: ' + v for v in py_versions[py_versions.index(min_py):]],
    packages=setuptools.find_packages(include=['audio_algebra', 'audio_algebra.*']),
    package_dir={'': '.'},   # an explicit root: editable installs then take the quiet .pth route
    # checkpoints/ and results/ are data folders of the package: shipped by package_data alone (MANIFEST.in: the sdist)
    include_package_data=False, package_data={'audio_algebra': ['checkpoints/*.pt', 'results/*.json']},
    install_requires=_reqs('requirements'), extras_require=extras, zip_safe=False,
    entry_points={'console_scripts': cfg.get('console_scripts', '').split(),
                  'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
)
