"""A text file is written whole or not at all."""

import pytest

from barometer_desktop.errors import ExportError
from barometer_desktop.textfiles import write_text_atomic


def test_write_replaces_the_file_whole(tmp_path):
    target = tmp_path / "notits.txt"
    target.write_text("old", encoding="utf-8")
    write_text_atomic(target, "Til BIU\n- Mål\n")
    assert target.read_text(encoding="utf-8") == "Til BIU\n- Mål\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notits.txt"]


def test_unwritable_folder_raises_and_leaves_nothing(tmp_path):
    with pytest.raises(ExportError) as caught:
        write_text_atomic(tmp_path / "missing" / "notits.txt", "x")
    assert str(tmp_path / "missing") in caught.value.user_message()
    assert list(tmp_path.iterdir()) == []
