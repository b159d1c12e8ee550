"""How a report is to be produced. Its own module so that code which only
describes a report (the Rapport screen, the self-test) does not load ReportLab."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportOptions:
    final: bool = False
    case_number: str = ""
    lang: str = "da"
