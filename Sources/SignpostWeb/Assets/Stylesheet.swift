extension Assets {
    /// A small stylesheet in the manner of the GOV.UK Design System (its colours, spacing, radios,
    /// buttons, error summary and summary list), with a print layout that keeps only the plan.
    static let stylesheet = #"""
        *, *::before, *::after { box-sizing: border-box; }
        html { background: #f3f2f1; -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: #ffffff; color: #0b0c0c; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif;
          font-size: 1.1875rem; line-height: 1.3; }
        html.exiting body { visibility: hidden; }
        a { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.1em; }
        a:visited { color: #4c2c92; }
        a:hover { color: #003078; text-decoration-thickness: 3px; }
        a:focus, button:focus, input:focus, textarea:focus, [tabindex]:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
        a:focus { color: #0b0c0c; background: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; outline: none; }
        .width-container { max-width: 960px; margin: 0 15px; }
        @media (min-width: 40.0625em) { .width-container { margin: 0 30px; } }
        @media (min-width: 1020px) { .width-container { margin: 0 auto; } }
        .visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important;
          padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important;
          border: 0 !important; white-space: nowrap !important; }
        .skip-link { position: absolute; left: -9999px; padding: 10px 15px; }
        .skip-link:focus { position: static; display: block; }
        .header { background: #0b0c0c; color: #ffffff; border-bottom: 10px solid #1d70b8; }
        .header__inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 10px; padding: 10px 0; }
        .header__title, .header__title:visited { color: #ffffff; font-weight: 700; font-size: 1.5rem; text-decoration: none; }
        .header__title:hover { color: #ffffff; text-decoration: underline; }
        .main { display: block; padding: 20px 0 30px; }
        .main:focus { outline: none; }
        .heading-l, .fieldset__heading, .label--l { font-size: 2rem; font-weight: 700; line-height: 1.1; margin: 0 0 20px; }
        .heading-m { font-size: 1.5rem; font-weight: 700; margin: 30px 0 15px; }
        .label-wrapper { margin: 0; }
        .label { display: block; }
        p, .body { margin: 0 0 20px; }
        .advice { max-width: 40em; }
        .hint { color: #505a5f; margin: 0 0 15px; }
        .inset { border-left: 10px solid #b1b4b6; padding: 15px; margin: 0 0 25px; max-width: 40em; }
        .inset p:last-child { margin-bottom: 0; }
        .inset--problem { border-left-color: #d4351c; }
        .button { display: inline-block; position: relative; margin: 0 0 22px; padding: 8px 10px 7px; border: 2px solid transparent;
          border-radius: 0; color: #ffffff; background: #00703c; box-shadow: 0 2px 0 #002d18; font: inherit; font-size: 1.1875rem;
          line-height: 1.2; text-align: center; text-decoration: none; cursor: pointer; -webkit-appearance: none; }
        .button:visited, .button:hover { color: #ffffff; }
        .button:hover { background: #005a30; }
        .button:focus { outline: 3px solid transparent; color: #0b0c0c; background: #ffdd00; box-shadow: 0 2px 0 #0b0c0c; }
        .button:active { top: 2px; box-shadow: none; }
        .button--secondary, .button--secondary:visited { color: #0b0c0c; background: #f3f2f1; box-shadow: 0 2px 0 #929191; }
        .button--secondary:hover { color: #0b0c0c; background: #dbdad9; }
        .button--warning, .button--warning:visited, .button--emergency, .button--emergency:visited { color: #ffffff; background: #d4351c; box-shadow: 0 2px 0 #55150b; font-weight: 700; }
        .button--warning:hover, .button--emergency:hover { color: #ffffff; background: #aa2a16; }
        .exit-this-page { position: sticky; top: 0; z-index: 1000; height: 0; }
        .exit-this-page__inner { display: flex; justify-content: flex-end; padding-top: 10px; }
        .exit-this-page__button { margin: 0; border-color: #ffffff; box-shadow: 0 2px 0 #55150b, 0 0 0 2px #ffffff; }
        .header__inner { padding-right: 170px; min-height: 60px; }
        .back-link { display: inline-block; position: relative; margin-top: 15px; padding-left: 14px; color: #0b0c0c; font-size: 1rem; }
        .back-link::before { content: ""; position: absolute; top: 0.35em; left: 3px; width: 7px; height: 7px; border: solid; border-width: 1px 1px 0 0;
          transform: rotate(225deg); }
        .back-link:visited { color: #0b0c0c; }
        .js-only { display: none; }
        .js-enabled .js-only { display: block; }
        .footer__links { display: flex; flex-wrap: wrap; gap: 0 20px; margin: 0 0 10px; padding: 0; list-style: none; }
        .footer__links a, .footer__links a:visited { color: #0b0c0c; }
        .button-group { display: flex; flex-wrap: wrap; gap: 0 15px; align-items: baseline; }
        .fieldset__legend--s { font-weight: 700; margin-bottom: 10px; }
        .contact-link { font-weight: 700; white-space: nowrap; }
        .emergency { margin: 20px 0 0; padding: 15px 15px 0; border: 5px solid #d4351c; }
        .emergency__heading { font-size: 1.1875rem; margin: 0 0 10px; }
        .inline-form { display: inline; margin: 0; }
        .form-group { margin-bottom: 30px; }
        .form-group--error { padding-left: 15px; border-left: 5px solid #d4351c; }
        .fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
        .fieldset__legend { display: table; max-width: 100%; padding: 0; white-space: normal; }
        .radios__item { display: flex; flex-wrap: wrap; position: relative; margin-bottom: 10px; padding-left: 40px; min-height: 40px; }
        .radios__input { position: absolute; z-index: 1; top: -2px; left: -2px; width: 44px; height: 44px; margin: 0; opacity: 0; cursor: pointer; }
        .radios__label { padding: 8px 15px 5px; cursor: pointer; touch-action: manipulation; }
        .radios__label::before { content: ""; position: absolute; top: 0; left: 0; width: 40px; height: 40px; border: 2px solid currentcolor;
          border-radius: 50%; background: transparent; }
        .radios__label::after { content: ""; position: absolute; top: 10px; left: 10px; width: 0; height: 0; border: 10px solid currentcolor;
          border-radius: 50%; opacity: 0; background: currentcolor; }
        .radios__input:checked + .radios__label::after { opacity: 1; }
        .radios__input:focus + .radios__label::before { border-width: 4px; outline: 3px solid transparent; box-shadow: 0 0 0 4px #ffdd00; }
        .checkboxes__item { display: flex; position: relative; margin-bottom: 20px; padding-left: 40px; min-height: 40px; }
        .checkboxes__input { position: absolute; z-index: 1; top: -2px; left: -2px; width: 44px; height: 44px; margin: 0; opacity: 0; cursor: pointer; }
        .checkboxes__label { padding: 8px 15px 5px; cursor: pointer; }
        .checkboxes__label::before { content: ""; position: absolute; top: 0; left: 0; width: 40px; height: 40px; border: 2px solid currentcolor; background: transparent; }
        .checkboxes__label::after { content: ""; position: absolute; top: 11px; left: 9px; width: 23px; height: 12px; transform: rotate(-45deg);
          border: solid; border-width: 0 0 5px 5px; border-top-color: transparent; opacity: 0; background: transparent; }
        .checkboxes__input:checked + .checkboxes__label::after { opacity: 1; }
        .checkboxes__input:focus + .checkboxes__label::before { border-width: 4px; box-shadow: 0 0 0 3px #ffdd00; }
        .textarea { display: block; width: 100%; min-height: 40px; margin-bottom: 20px; padding: 5px; resize: vertical; border: 2px solid #0b0c0c;
          border-radius: 0; font: inherit; font-size: 1.1875rem; -webkit-appearance: none; }
        .textarea:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px; }
        .textarea--error { border-color: #d4351c; }
        .error-message { display: block; clear: both; margin: 0 0 15px; color: #d4351c; font-weight: 700; }
        .error-message p { margin: 0 0 5px; }
        .error-summary { margin-bottom: 30px; padding: 15px; border: 5px solid #d4351c; }
        .error-summary:focus { outline: 3px solid #ffdd00; }
        .error-summary__title { margin: 0 0 15px; font-size: 1.5rem; }
        .error-summary__list { margin: 0; padding: 0; list-style: none; }
        .error-summary__list a { color: #d4351c; font-weight: 700; }
        .list { margin: 0 0 20px; padding: 0; }
        .list > li { margin-bottom: 5px; }
        .list--bullet { padding-left: 20px; list-style-type: disc; }
        .list--number { padding-left: 20px; list-style-type: decimal; }
        .plan__entries { margin-top: 5px; overflow-wrap: anywhere; }
        .summary-list { display: grid; grid-template-columns: 1fr; margin: 0 0 30px; border-top: 1px solid #b1b4b6; }
        .summary-list__key { margin: 0; padding: 10px 0 5px; font-weight: 700; }
        .summary-list__value { margin: 0; padding: 0 0 5px; overflow-wrap: anywhere; }
        .summary-list__actions { margin: 0; padding: 0 0 10px; border-bottom: 1px solid #b1b4b6; }
        @media (min-width: 40.0625em) {
          .summary-list { grid-template-columns: 5fr 4fr auto; }
          .summary-list__key, .summary-list__value, .summary-list__actions { padding: 10px 20px 10px 0; border-bottom: 1px solid #b1b4b6; }
          .summary-list__actions { padding-right: 0; text-align: right; }
        }
        .summary-list--two .summary-list__value { padding-bottom: 10px; border-bottom: 1px solid #b1b4b6; }
        @media (min-width: 40.0625em) { .summary-list.summary-list--two { grid-template-columns: 1fr 1fr; } }
        .link-button { padding: 0; border: 0; background: none; color: #1d70b8; font: inherit; text-decoration: underline; cursor: pointer; }
        .link-button:hover { color: #003078; text-decoration-thickness: 3px; }
        .link-button:focus { outline: none; color: #0b0c0c; background: #ffdd00; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
        .commands { margin: 10px 0 30px; padding-top: 20px; border-top: 1px solid #b1b4b6; }
        .commands__heading { font-size: 1.1875rem; margin: 0 0 15px; }
        .commands__list { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 15px; margin: 0; padding: 0; list-style: none; }
        .commands__restart { display: inline-block; padding: 8px 0; }
        .footer { padding: 25px 0 15px; border-top: 1px solid #b1b4b6; background: #f3f2f1; color: #0b0c0c; font-size: 1rem; }
        @media (max-width: 40em) {
          body { font-size: 1rem; }
          .heading-l, .fieldset__heading, .label--l { font-size: 1.5rem; }
          .button { width: 100%; }
          .exit-this-page__button, .commands .button { width: auto; }
        }
        @media print {
          html, body { background: #ffffff; color: #000000; font-size: 12pt; }
          .header, .emergency, .commands, .footer, .skip-link, form, .plan-actions, .inset, .error-summary, .exit-this-page,
            .back-link { display: none !important; }
          .advice { display: none; }
          .plan, .support { display: block; page-break-inside: avoid; }
          .width-container { margin: 0; max-width: none; }
          a { color: #000000; }
        }
        """#
}
