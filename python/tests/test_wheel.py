"""`pip install ./python` with Debian's pip and setuptools, offline and without build isolation,
into a virtual environment made with --system-site-packages: the module imports there, carries
its type hints and its licence, and extracts. The module is the one CTest built (the build tree is
handed to setup.py), so the test checks the packaging, not a second compilation."""
import importlib.util
import os
import subprocess
import sys
import venv

import pytest

from conftest import MODULE_DIR, SOURCE_DIR

BUILD_DIR = os.path.dirname(MODULE_DIR)


@pytest.mark.skipif(not os.path.isfile(os.path.join(BUILD_DIR, "CMakeCache.txt")),
                    reason="no CMake build tree around the module")
def test_pip_installs_the_module_offline_into_a_virtual_environment(tmp_path):
    # Looked for, not imported: importing setuptools here would replace this process's distutils.
    for needed in ("pip", "setuptools"):
        if importlib.util.find_spec(needed) is None:
            pytest.skip(f"no {needed} (Debian: python3-{needed})")
    environment = tmp_path / "venv"
    venv.create(environment, system_site_packages=True, with_pip=False)
    python = str(environment / "bin" / "python")
    settings = dict(os.environ, FINEX_CMAKE_BUILD_DIR=BUILD_DIR, PYTHONPATH="",
                    PIP_NO_INPUT="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    done = subprocess.run([python, "-m", "pip", "install", "--no-build-isolation", "--no-index",
                           os.path.join(SOURCE_DIR, "python")],
                          capture_output=True, env=settings, timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    check = ("import finex, importlib.metadata as m, os, sys;"
             "assert os.path.dirname(finex.__file__) == sys.argv[1], finex.__file__;"
             "names = [str(f) for f in m.files('finex')];"
             "assert 'finex.pyi' in names and any(n.endswith('LICENSE') for n in names), names;"
             "assert m.metadata('finex')['License'] == 'MIT';"
             "record = finex.Extractor().extract('The CNIL fined Acme 2 million euros.');"
             "print(finex.__version__, record['fines'][0]['amount']['value'])")
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['platlib'])"],
                          capture_output=True, check=True, text=True).stdout.strip()
    imported = subprocess.run([python, "-c", check, site], capture_output=True, text=True,
                              cwd=tmp_path, env=dict(os.environ, PYTHONPATH=""), timeout=120,
                              check=False)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split() == ["0.1.0", "2000000"]
