// SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars, dialogs, captured in emulator.ui.
import {countMethods} from './calls';
import {Button, ButtonSet} from './enums';
import type {ButtonName, Env, MenuCapture} from './env';
import {Service} from './service';

export class Ui extends Service {
  Button = Button;
  ButtonSet = ButtonSet;

  createMenu(caption: string): Menu {
    return new Menu(this._env, {
      title: String(caption),
      addon: false,
      items: [],
    });
  }
  createAddonMenu(): Menu {
    return new Menu(this._env, {title: '', addon: true, items: []});
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons) */
  alert(a: string, b?: string, c?: string): string {
    const {title, prompt, buttons} = dialogArguments(a, b, c);
    const ui = this._env.shared.ui;
    ui.alerts.push({title, prompt, buttons});
    return ui.alertAnswers.shift() ?? defaultButton(buttons);
  }
  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons) */
  prompt(a: string, b?: string, c?: string): PromptResponse {
    const {title, prompt, buttons} = dialogArguments(a, b, c);
    const ui = this._env.shared.ui;
    ui.prompts.push({title, prompt, buttons});
    const answer = ui.promptAnswers.shift() ?? {
      button: defaultButton(buttons),
      text: '',
    };
    return new PromptResponse(this._env, answer.button, answer.text);
  }
  showSidebar(userInterface: HtmlLike): void {
    this._env.shared.ui.sidebars.push({
      title: userInterface._title,
      html: userInterface._content,
    });
  }
  showModalDialog(userInterface: HtmlLike, title: string): void {
    this._env.shared.ui.dialogs.push({
      title: String(title),
      html: userInterface._content,
      modal: true,
    });
  }
  showModelessDialog(userInterface: HtmlLike, title: string): void {
    this._env.shared.ui.dialogs.push({
      title: String(title),
      html: userInterface._content,
      modal: false,
    });
  }
  toString(): string {
    return 'Ui';
  }
}

/** An HtmlOutput (html-service.ts); read through its internals so the emulator adds no counted calls. */
interface HtmlLike {
  _title: string;
  _content: string;
}

/** alert's and prompt's overloads: (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArguments(
  a: string,
  b?: string,
  c?: string,
): {title: string; prompt: string; buttons: string} {
  const [title, prompt, buttons] =
    c !== undefined
      ? [a, b ?? '', c]
      : b !== undefined && b in ButtonSet
        ? ['', a, b]
        : ['', a, 'OK'];
  return {title: String(title), prompt: String(prompt), buttons};
}

function defaultButton(buttons: string): ButtonName {
  return buttons.startsWith('YES') ? 'YES' : 'OK';
}

export class PromptResponse extends Service {
  constructor(
    env: Env,
    private _button: string,
    private _text: string,
  ) {
    super(env);
  }
  getSelectedButton(): string {
    return this._button;
  }
  getResponseText(): string {
    return this._text;
  }
  toString(): string {
    return 'PromptResponse';
  }
}

export class Menu extends Service {
  constructor(
    env: Env,
    public _menu: MenuCapture,
  ) {
    super(env);
  }
  addItem(caption: string, functionName: string): Menu {
    this._menu.items.push({
      caption: String(caption),
      functionName: String(functionName),
    });
    return this;
  }
  addSeparator(): Menu {
    this._menu.items.push({separator: true});
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this._menu.items.push({submenu: menu._menu});
    return this;
  }
  addToUi(): void {
    const menus = this._env.shared.ui.menus;
    // Re-adding a menu with the same title replaces it, as onOpen running twice does in Sheets.
    const at = menus.findIndex(
      m => m.title === this._menu.title && m.addon === this._menu.addon,
    );
    if (at >= 0) menus.splice(at, 1, this._menu);
    else menus.push(this._menu);
  }
  toString(): string {
    return 'Menu';
  }
}

countMethods(Ui, 'Ui');
countMethods(PromptResponse, 'PromptResponse');
countMethods(Menu, 'Menu');
