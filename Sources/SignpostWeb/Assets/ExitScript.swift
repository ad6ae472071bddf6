extension Assets {
    /// Exit this page, as GOV.UK's component does it: the button replaces this page in the history with
    /// the neutral site (so Back does not return here), and pressing Shift three times within five
    /// seconds does the same. Without JavaScript the button is a plain link (and the footer's hint about
    /// Shift, shown only with `js-enabled`, is hidden). Also moves focus to an
    /// error summary, so a screen reader announces what went wrong.
    static let exitScript = #"""
        (function () {
          "use strict";
          document.documentElement.className += " js-enabled";
          var button = document.querySelector("[data-exit-this-page]");
          if (button) {
            var destination = button.getAttribute("href");
            var leave = function (event) {
              if (event) { event.preventDefault(); }
              document.documentElement.className += " exiting";
              document.title = "Loading.";
              window.location.replace(destination);
            };
            button.addEventListener("click", leave);
            var presses = 0;
            var timer = null;
            document.addEventListener("keyup", function (event) {
              if (event.key !== "Shift") { presses = 0; return; }
              presses += 1;
              window.clearTimeout(timer);
              timer = window.setTimeout(function () { presses = 0; }, 5000);
              if (presses >= 3) { presses = 0; leave(); }
            });
          }
          var summary = document.querySelector("[data-error-summary]");
          if (summary) { summary.focus(); }
        })();
        """#
}
