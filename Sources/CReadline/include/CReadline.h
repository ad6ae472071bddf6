// GNU readline for Signpost's REPL, as a C target: this header declares, readline_shim.c defines.
//
// The shim's state (whether readline is waiting for a line) lives in readline_shim.c, once. It used to
// be a `static` variable in a header, which gave every object file including the header its own copy:
// the release build's signal handler read a copy that was never set, so Ctrl-C did not clear the line.
//
// Readline's own globals are reached through the functions below, because Swift 6 treats a C global
// variable as shared mutable state and refuses to touch it directly. stdio.h must come before
// readline.h, which uses FILE.
#ifndef SIGNPOST_CREADLINE_H
#define SIGNPOST_CREADLINE_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/// Names the program for readline, sets the completion callback, and installs the Ctrl-C handler
/// that clears the line being typed.
void signpost_readline_setup(const char *name, rl_completion_func_t *completer);

/// Reads one line with editing; NULL on Ctrl-D at an empty line. The caller frees the result.
char *signpost_readline(const char *prompt);

/// Tells readline not to fall back to completing file names when nothing matches.
void signpost_completion_done(void);

/// The terminal's width in columns, or 0 when standard output is not a terminal.
int signpost_terminal_width(void);

/// The terminal's height in rows, or 0 when standard output is not a terminal.
int signpost_terminal_height(void);

/// The quick exit: clears the screen and scrollback on a terminal and ends the program with status 0.
void signpost_hide_and_exit(void);

#endif
