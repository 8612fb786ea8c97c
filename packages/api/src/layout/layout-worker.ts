import type { ViewLayout, ViewLayoutRequest } from '@newsgraph/schema';
import { layOutView } from './view-layout';

/** Runs in the layout thread: one view in, its positions out (errors travel back as rejections). */
export default function layOutInThread(view: ViewLayoutRequest): Promise<ViewLayout> {
  return layOutView(view);
}
