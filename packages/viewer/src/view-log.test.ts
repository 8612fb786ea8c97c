import { ActionHistory } from './action-history';
import { NO_FILTERS, isExpanded, replay, subjectOf, type Action } from './view-log';

const open: Action = { a: 'open', id: 'person:long-zhou' };
const expand: Action = { a: 'expand', id: 'org:office-for-cyber-affairs' };

describe('replay', () => {
  it('opens a neighbourhood at the chosen depth and makes its centre the subject', () => {
    const state = replay([{ a: 'depth', depth: 2 }, open]);
    expect(state.sources).toEqual([{ kind: 'neighbourhood', id: 'person:long-zhou', depth: 2 }]);
    expect(subjectOf(state)).toBe('person:long-zhou');
  });

  it('expands once per entity, and collapse removes exactly that expansion', () => {
    const state = replay([open, expand, expand]);
    expect(state.sources).toHaveLength(2);
    expect(isExpanded(state, 'org:office-for-cyber-affairs')).toBe(true);
    const collapsed = replay([open, expand, { a: 'collapse', id: 'org:office-for-cyber-affairs' }]);
    expect(collapsed.sources).toEqual([{ kind: 'neighbourhood', id: 'person:long-zhou', depth: 1 }]);
  });

  it('never collapses the subject itself', () => {
    expect(replay([open, { a: 'collapse', id: 'person:long-zhou' }]).sources).toHaveLength(1);
  });

  it('hides and shows, pins and moves, and a new layout forgets moves but keeps pins', () => {
    const state = replay([
      open,
      { a: 'hide', ids: ['a', 'b'] },
      { a: 'pin', id: 'p', at: [1, 2] },
      { a: 'move', id: 'p', at: [5, 6] },
      { a: 'move', id: 'm', at: [7, 8] },
    ]);
    expect([...state.hidden]).toEqual(['a', 'b']);
    expect(state.pinned.get('p')).toEqual([5, 6]);
    expect(state.moved.get('m')).toEqual([7, 8]);
    const relaid = replay([
      open,
      { a: 'pin', id: 'p', at: [1, 2] },
      { a: 'move', id: 'm', at: [7, 8] },
      { a: 'layout', name: 'grid' },
    ]);
    expect(relaid.moved.size).toBe(0);
    expect(relaid.pinned.get('p')).toEqual([1, 2]);
    expect([relaid.layout, relaid.layoutEpoch]).toEqual(['grid', 1]);
    expect(replay([open, { a: 'hide', ids: ['a'] }, { a: 'show' }]).hidden.size).toBe(0);
  });

  it('opening another entity starts a new picture but keeps filters and look', () => {
    const filters = { ...NO_FILTERS, minSupport: 2 };
    const state = replay([
      open,
      expand,
      { a: 'filters', filters },
      { a: 'size', by: 'degree' },
      { a: 'hide', ids: ['x'] },
      { a: 'open', id: 'y' },
    ]);
    expect(state.sources).toEqual([{ kind: 'neighbourhood', id: 'y', depth: 1 }]);
    expect(state.hidden.size).toBe(0);
    expect([state.filters, state.sizeBy]).toEqual([filters, 'degree']);
  });
});

describe('ActionHistory', () => {
  it('undoes and redoes, and a new action drops what was undone', () => {
    const history = new ActionHistory();
    history.push(open);
    history.push(expand);
    expect(history.undo()).toBe(true);
    expect(history.state.sources).toHaveLength(1);
    expect(history.canRedo).toBe(true);
    expect(history.redo()).toBe(true);
    expect(history.state.sources).toHaveLength(2);
    history.undo();
    history.push({ a: 'hide', ids: ['z'] });
    expect(history.canRedo).toBe(false);
    expect(history.log).toEqual([open, { a: 'hide', ids: ['z'] }]);
    history.undo();
    history.undo();
    expect(history.undo()).toBe(false);
    expect(history.state.sources).toEqual([]);
  });

  it('reset replays a shared log with every action in force', () => {
    const history = new ActionHistory();
    history.reset([open, expand]);
    expect([history.position, history.state.sources.length, history.canUndo]).toEqual([2, 2, true]);
  });
});
