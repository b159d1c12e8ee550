"""Optional Authenticode signing of the programs, the uninstaller and the installer.

    python packaging/signing.py FILE.exe      # sign one file in place (build.py and makensis call this)

Signing runs only when IT has configured a certificate, through the
environment of the build:

    BAROMETER_SIGN_CERT            the code-signing certificate with its private key (.pfx / PKCS#12)
    BAROMETER_SIGN_PASSWORD        its password (or BAROMETER_SIGN_PASSWORD_FILE: a file holding it)
    BAROMETER_SIGN_TIMESTAMP_URL   the RFC 3161 time-stamp server of the certificate's issuer

On Windows it uses signtool (Windows SDK); elsewhere osslsigncode (Debian
package osslsigncode), which writes the same signature. Without a
certificate, nothing is signed and the build says so. See packaging/README.md,
"Code signing".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

DESCRIPTION = "Integrationsbarometer"


class SigningError(RuntimeError):
    pass


@dataclass(frozen=True)
class SigningConfig:
    certificate: Path
    password: str
    timestamp_url: str

    @classmethod
    def from_environment(cls, environ: dict[str, str] | os._Environ[str] = os.environ) -> SigningConfig | None:
        """The configured certificate, None when signing is not configured."""
        certificate = environ.get("BAROMETER_SIGN_CERT")
        if not certificate:
            return None
        password = environ.get("BAROMETER_SIGN_PASSWORD")
        if password is None and environ.get("BAROMETER_SIGN_PASSWORD_FILE"):
            password = Path(environ["BAROMETER_SIGN_PASSWORD_FILE"]).read_text(encoding="utf-8").strip()
        timestamp_url = environ.get("BAROMETER_SIGN_TIMESTAMP_URL", "")
        if not Path(certificate).is_file():
            raise SigningError(f"BAROMETER_SIGN_CERT: no such file: {certificate}")
        if not timestamp_url:
            # Without a time stamp the signature dies with the certificate (1-3 years).
            raise SigningError("BAROMETER_SIGN_TIMESTAMP_URL is required when BAROMETER_SIGN_CERT is set")
        return cls(Path(certificate), password or "", timestamp_url)


def sign_command(config: SigningConfig, target: Path, output: Path) -> list[str]:
    """The command that signs `target` (into `output` with osslsigncode; in place with signtool)."""
    signtool = shutil.which("signtool")
    if sys.platform == "win32" and signtool:
        return [signtool, "sign", "/f", str(config.certificate), "/p", config.password, "/fd", "SHA256",
                "/tr", config.timestamp_url, "/td", "SHA256", "/d", DESCRIPTION, str(target)]
    osslsigncode = shutil.which("osslsigncode")
    if osslsigncode is None:
        raise SigningError("neither signtool (Windows SDK) nor osslsigncode is on PATH")
    return [osslsigncode, "sign", "-pkcs12", str(config.certificate), "-pass", config.password, "-h", "sha256",
            "-ts", config.timestamp_url, "-n", DESCRIPTION, "-in", str(target), "-out", str(output)]


def sign_file(config: SigningConfig, target: Path) -> None:
    """Sign one .exe in place; the unsigned file stays if signing fails."""
    output = target.with_name(target.name + ".signed")
    command = sign_command(config, target, output)
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        output.unlink(missing_ok=True)
        raise SigningError(f"signing {target.name} failed: {(completed.stdout + completed.stderr).strip()}")
    if output.exists():
        os.replace(output, target)
    print(f"signed: {target.name}")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/signing.py FILE.exe", file=sys.stderr)
        return 2
    try:
        config = SigningConfig.from_environment()
        if config is None:
            print("signing not configured (BAROMETER_SIGN_CERT): left unsigned")
            return 0
        sign_file(config, Path(argv[0]))
    except SigningError as error:
        print(f"signing: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
