"""An e-mail draft (.eml) to the committee with the status report attached.

Standard MIME from the email package. The `X-Unsent: 1` header makes Outlook
open the file as an unsent draft (Thunderbird opens .eml as a message it can
"Edit as new"), so the secretariat can read it over before sending.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from barometer_desktop.atomic_files import atomic_write
from barometer_desktop.report.text import report_language, translate
from barometer_desktop.write_targets import EML


def draft_message(
    pdf: Path,
    recipients: Sequence[str],
    *,
    year: int,
    organisation: str,
    final: bool,
    lang: str = "da",
) -> EmailMessage:
    pdf = Path(pdf)
    with report_language(lang):
        subject = translate("Report", "Integration barometer — status report {year}").format(year=year)
        if not final:
            subject += " " + translate("Report", "(draft)")
        body = translate(
            "Report",
            "Dear committee members,\n\n"
            "Attached is the status report of the integration barometer for {year}. It shows how the "
            "goals of the integration policy developed, and how the committees followed up on their "
            "action plans.\n\n"
            "Kind regards\n{organisation}\n",
        ).format(year=year, organisation=organisation)
    message = EmailMessage(policy=SMTP)
    message["To"] = ", ".join(recipients)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(body)
    message.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    return message


def write_draft(message: EmailMessage, target: Path) -> Path:
    """Write the draft whole; replaces only an earlier e-mail draft, never a file of another kind."""
    return atomic_write(Path(target), bytes(message), EML)
