"""Optional code signing: off without a certificate; with one, every .exe is signed."""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fake_osslsigncode(tmp_path, monkeypatch):
    """An osslsigncode stand-in on PATH: logs its arguments and writes -out as -in plus a marker."""
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    log = tmp_path / "signed.log"
    script = bin_folder / "osslsigncode"
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys\n"
        "args = sys.argv[1:]\n"
        f"open({str(log)!r}, 'a').write(' '.join(args) + '\\n')\n"
        "data = open(args[args.index('-in') + 1], 'rb').read()\n"
        "open(args[args.index('-out') + 1], 'wb').write(data + b'SIGNED')\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    certificate = tmp_path / "it.pfx"
    certificate.write_bytes(b"not a real certificate")
    monkeypatch.setenv("BAROMETER_SIGN_CERT", str(certificate))
    monkeypatch.setenv("BAROMETER_SIGN_PASSWORD", "secret")
    monkeypatch.setenv("BAROMETER_SIGN_TIMESTAMP_URL", "http://timestamp.invalid")
    return log


def test_without_a_certificate_nothing_is_signed(monkeypatch, tmp_path):
    signing = _load("signing")
    monkeypatch.delenv("BAROMETER_SIGN_CERT", raising=False)
    assert signing.SigningConfig.from_environment() is None
    program = tmp_path / "barometer-desktop.exe"
    program.write_bytes(b"MZ")
    assert signing.main([str(program)]) == 0
    assert program.read_bytes() == b"MZ"


def test_a_certificate_without_a_timestamp_server_is_refused(fake_osslsigncode, monkeypatch):
    signing = _load("signing")
    monkeypatch.delenv("BAROMETER_SIGN_TIMESTAMP_URL")
    with pytest.raises(signing.SigningError, match="TIMESTAMP"):
        signing.SigningConfig.from_environment()


def test_bundle_programs_are_signed_in_place(fake_osslsigncode, tmp_path):
    build = _load("build")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for name in ("barometer-desktop.exe", "barometer-desktop-cli.exe"):
        (bundle / name).write_bytes(b"MZ")
    build.sign_bundle(bundle)
    for name in ("barometer-desktop.exe", "barometer-desktop-cli.exe"):
        assert (bundle / name).read_bytes() == b"MZSIGNED"
    lines = fake_osslsigncode.read_text().splitlines()
    assert len(lines) == 2
    assert all("-pkcs12" in line and "-ts http://timestamp.invalid" in line and "-h sha256" in line for line in lines)


def test_a_failed_signature_leaves_the_file_unsigned_and_says_why(fake_osslsigncode, tmp_path, monkeypatch):
    signing = _load("signing")
    failing = tmp_path / "bin" / "osslsigncode"
    failing.write_text("#!/bin/sh\necho 'PKCS12 parse error' >&2\nexit 1\n", encoding="utf-8")
    program = tmp_path / "barometer-desktop.exe"
    program.write_bytes(b"MZ")
    with pytest.raises(signing.SigningError, match="PKCS12 parse error"):
        signing.sign_file(signing.SigningConfig.from_environment(), program)
    assert program.read_bytes() == b"MZ"
    assert not (tmp_path / "barometer-desktop.exe.signed").exists()


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (nsis) is not installed")
def test_makensis_signs_the_uninstaller_and_the_installer(fake_osslsigncode, tmp_path):
    build = _load("build")
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    for name in ("barometer-desktop.exe", "barometer-desktop-cli.exe"):
        (payload / name).write_bytes(b"MZ dummy")
    setup = build.build_installer("9.8.7", payload, tmp_path / "Integrationsbarometer-9.8.7-setup.exe")
    assert setup.read_bytes().endswith(b"SIGNED")
    signed = [line.split(" -in ", 1)[1].split(" ", 1)[0] for line in fake_osslsigncode.read_text().splitlines()]
    assert len(signed) == 2  # the uninstaller makensis wrote, then the installer
    assert Path(signed[-1]) == setup
