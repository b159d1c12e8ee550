"""Statistics Denmark's StatBank (Statistikbanken) as a source of figures.

client.py talks to the public API (api.statbank.dk, functions tableinfo and
data, JSON bodies POSTed, data read in the BULK format); fetch.py turns an
indicator's source into long-format rows and hands them to the SAME import
engine a file goes through. No Qt here: the CLI and the screens both call it.
"""
