# tui: files of this area are listed here (see Makefile.am).
