"""Builds the finex module with the project's own CMake build (python/CMakeLists.txt), so the
wheel holds exactly the module the tests check, and puts finex.pyi beside it. The checkout
around this folder is the source: pip builds a local folder in place."""
import os
import shutil
import subprocess
import sys
import sysconfig

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        # FINEX_CMAKE_BUILD_DIR: a build tree of this checkout, already configured for this
        # interpreter (the tests' own), whose module is packaged as it is built there.
        build_dir = os.environ.get("FINEX_CMAKE_BUILD_DIR") or os.path.abspath(
            os.path.join(self.build_temp, "cmake"))
        if not os.environ.get("FINEX_CMAKE_BUILD_DIR"):
            self.configure(build_dir)
        subprocess.run(["cmake", "--build", build_dir, "--target", "finex_python", "-j",
                        str(os.cpu_count() or 1)], check=True, stdout=subprocess.DEVNULL)
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        built = os.path.join(build_dir, "python", "finex" + suffix)
        if not os.path.isfile(built):
            raise RuntimeError(f"no module finex{suffix} for this interpreter in {build_dir}")
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built, target)
        # The type hints of a top-level extension module sit beside it.
        shutil.copyfile(os.path.join(HERE, "finex.pyi"),
                        os.path.join(os.path.dirname(target), "finex.pyi"))

    @staticmethod
    def configure(build_dir):
        configure = ["cmake", "-S", SOURCE, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
                     f"-DPython_EXECUTABLE={sys.executable}", "-DFINEX_BUILD_PYTHON=ON",
                     "-DFINEX_BUILD_TESTS=OFF", "-DFINEX_BUILD_EXAMPLES=OFF",
                     "-DFINEX_BUILD_BENCH=OFF"]
        if shutil.which("ccache"):  # a rebuild of the same sources is then a matter of seconds
            configure.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
        subprocess.run(configure, check=True, stdout=subprocess.DEVNULL)


setup(ext_modules=[Extension("finex", sources=[])], cmdclass={"build_ext": CMakeBuild})
