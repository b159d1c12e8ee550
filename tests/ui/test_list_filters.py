"""Search fields filter the indicator list, the committees and the missing lists as one types."""

from __future__ import annotations


def _visible_tree_items(tree):
    out = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            if not group.isHidden() and not group.child(i).isHidden():
                out.append(group.child(i).text(0))
    return out


def test_the_indicator_list_filters_by_code_or_name(main_window, qtbot):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    everything = _visible_tree_items(screen.tree)
    qtbot.keyClicks(screen.tree_filter, "diskrimination")
    shown = _visible_tree_items(screen.tree)
    assert shown and len(shown) < len(everything)
    assert all("diskrimination" in text.casefold() or text.startswith("8.") for text in shown)
    screen.tree_filter.clear()
    assert _visible_tree_items(screen.tree) == everything


def test_the_committee_list_and_the_missing_follow_up_list_filter(main_window, qtbot):
    main_window.show_screen("committees")
    screen = main_window.page("committees")
    screen.show_tab(screen.plans)
    plans = screen.plans
    qtbot.keyClicks(plans.committee_filter, "social")
    visible = [plans.committee_list.item(r).text() for r in range(plans.committee_list.count())
               if not plans.committee_list.item(r).isHidden()]
    assert visible == ["SOU — Socialudvalget"]

    screen.show_tab(screen.missing)
    missing = screen.missing
    qtbot.keyClicks(missing.list_filter, "TMU")
    listing = missing.missing_list.toPlainText()
    assert "TMU — Teknik- og Miljøudvalget" in listing and "SOU" not in listing
    assert "Socialudvalget (SOU)" in missing.notice.toPlainText()  # the notice keeps everything
    missing.list_filter.clear()
    qtbot.keyClicks(missing.list_filter, "zzz")
    assert missing.missing_list.toPlainText().strip() == "Intet matcher søgningen."


def test_the_missing_data_list_filters(main_window, qtbot):
    main_window.year_box.setValue(2014)
    missing = main_window.page("missing")
    main_window.show_screen("missing")
    assert len(_visible_tree_items(missing.tree)) == 2
    qtbot.keyClicks(missing.tree_filter, "8.1")
    assert [t.split()[0] for t in _visible_tree_items(missing.tree)] == ["8.1"]
