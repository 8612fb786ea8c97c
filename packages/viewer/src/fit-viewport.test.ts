import { fitViewport } from './fit-viewport';

const RANGE = { min: 0.05, max: 1.5 };

describe('fitViewport', () => {
  it('zooms so the widest side fills the screen inside the padding, centred', () => {
    const fit = fitViewport(
      [
        { x: -1000, y: 0, size: 20 },
        { x: 1000, y: 100, size: 20 },
      ],
      1100,
      900,
      50,
      RANGE,
    );
    // 2,020 model pixels across (node edges included) into 1,000 screen pixels.
    expect(fit?.zoom).toBeCloseTo(1000 / 2020);
    const zoom = fit?.zoom ?? 0;
    // The left edge of the leftmost node lands on the padding, the middle of the nodes on the screen's middle.
    expect((fit?.pan.x ?? 0) + zoom * -1010).toBeCloseTo(50);
    expect((fit?.pan.y ?? 0) + zoom * 50).toBeCloseTo(450);
  });

  it('keeps to the zoom range, so one node is not blown up and a huge view not shrunk to nothing', () => {
    expect(fitViewport([{ x: 5, y: 5, size: 30 }], 800, 600, 50, RANGE)?.zoom).toBe(1.5);
    const huge = fitViewport(
      [
        { x: 0, y: 0, size: 30 },
        { x: 1e6, y: 0, size: 30 },
      ],
      800,
      600,
      50,
      RANGE,
    );
    expect(huge?.zoom).toBe(0.05);
  });

  it('has nothing to fit without nodes or without a screen', () => {
    expect(fitViewport([], 800, 600, 50, RANGE)).toBeNull();
    expect(fitViewport([{ x: 0, y: 0, size: 30 }], 0, 600, 50, RANGE)).toBeNull();
  });
});
