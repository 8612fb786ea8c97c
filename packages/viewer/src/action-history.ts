import { replay, step, type Action, type ViewState } from './view-log';

/** The action log with a cursor: undo moves the cursor back, redo forward, a new action drops what was undone. */
export class ActionHistory {
  private actions: Action[] = [];
  private states: ViewState[] = [replay([])];
  private cursor = 0;

  /** Starts over from a log (a link or the browser's history), every action done. */
  reset(log: readonly Action[]): void {
    this.actions = [...log];
    this.states = [replay([])];
    for (const action of this.actions)
      this.states.push(step(this.states[this.states.length - 1] ?? replay([]), action));
    this.cursor = this.actions.length;
  }

  push(action: Action): void {
    this.actions = [...this.actions.slice(0, this.cursor), action];
    this.states = [...this.states.slice(0, this.cursor + 1), step(this.state, action)];
    this.cursor = this.actions.length;
  }

  undo(): boolean {
    if (!this.canUndo) return false;
    this.cursor -= 1;
    return true;
  }

  redo(): boolean {
    if (!this.canRedo) return false;
    this.cursor += 1;
    return true;
  }

  /** How many actions are in force. */
  get position(): number {
    return this.cursor;
  }

  get canUndo(): boolean {
    return this.cursor > 0;
  }

  get canRedo(): boolean {
    return this.cursor < this.actions.length;
  }

  /** The actions in force: those before the cursor. */
  get log(): Action[] {
    return this.actions.slice(0, this.cursor);
  }

  /** The last action in force, to tell the drawing what just changed. */
  get last(): Action | undefined {
    return this.actions[this.cursor - 1];
  }

  get state(): ViewState {
    const state = this.states[this.cursor];
    if (!state) throw new Error('action history out of step');
    return state;
  }
}
