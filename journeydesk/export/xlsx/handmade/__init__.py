"""Reading journey maps made by hand: the words people use in eleven languages, what a row or a cell
says (lane kinds, emotions, channels, ratings), and whether a sheet is a map at all.

Everything here works on plain texts, so it knows nothing of Excel and nothing of Qt.
"""
