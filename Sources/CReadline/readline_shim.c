// The one definition of the shim's state and its signal handler. See include/CReadline.h.
#include "CReadline.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

/// Set while readline() is waiting, so Ctrl-C only redraws a prompt that is on the screen.
static volatile sig_atomic_t signpost_reading_line = 0;

/// When the last Ctrl-C came, in seconds on the monotonic clock; 0 before the first.
static volatile double signpost_last_interrupt = 0;

/// The quick exit: clear the screen and, where the terminal keeps one, the scrollback, then leave at
/// once with status 0, writing nothing else. Only async-signal-safe calls, so a signal handler may use it.
void signpost_hide_and_exit(void) {
    static const char clear[] = "[H[2J[3J";
    if (isatty(STDOUT_FILENO)) {
        ssize_t ignored = write(STDOUT_FILENO, clear, sizeof clear - 1);
        (void)ignored;
    }
    _exit(0);
}

/// Ctrl-C: drop the current line and show a fresh prompt, as a shell does. The conversation goes on.
/// A second Ctrl-C within a second is the quick exit. Readline restores the terminal before passing
/// the signal on here, and sets it up again after.
static void signpost_handle_interrupt(int signal_number) {
    (void)signal_number;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double seconds = (double)now.tv_sec + (double)now.tv_nsec / 1e9;
    double previous = signpost_last_interrupt;
    signpost_last_interrupt = seconds;
    if (previous > 0 && seconds - previous < 1.0) { signpost_hide_and_exit(); }
    if (!signpost_reading_line) { return; }
    rl_free_line_state();
    rl_crlf();
    rl_replace_line("", 0);
    rl_on_new_line();
    rl_redisplay();
}

void signpost_readline_setup(const char *name, rl_completion_func_t *completer) {
    rl_readline_name = name;
    rl_attempted_completion_function = completer;
    // Complete the whole line, so answers of several words ("Not sure") complete as one.
    rl_completer_word_break_characters = "\n";
    rl_catch_signals = 1;
    // Readline follows a terminal resize itself while it waits for a line.
    rl_catch_sigwinch = 1;
    using_history();
    struct sigaction action;
    action.sa_handler = signpost_handle_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, NULL);
    // A parent may have started us with SIGINT blocked; Ctrl-C must still reach the handler.
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
}

char *signpost_readline(const char *prompt) {
    signpost_reading_line = 1;
    char *line = readline(prompt);
    signpost_reading_line = 0;
    return line;
}

void signpost_completion_done(void) {
    rl_attempted_completion_over = 1;
}

int signpost_terminal_width(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) { return 0; }
    return size.ws_col;
}

int signpost_terminal_height(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) { return 0; }
    return size.ws_row;
}
