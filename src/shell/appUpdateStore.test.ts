import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppUpdate } from './appUpdateStore';

const initial = useAppUpdate.getState();
beforeEach(() => useAppUpdate.setState(initial, true));

describe('the update notice state', () => {
  it('a waiting version only takes over when the user asks: update() calls the registration once', async () => {
    const apply = vi.fn(async () => {});
    useAppUpdate.getState().setApplyUpdate(apply);
    useAppUpdate.getState().showNeedRefresh();
    expect(useAppUpdate.getState().needRefresh).toBe(true);
    expect(apply).not.toHaveBeenCalled();
    await useAppUpdate.getState().update();
    expect(apply).toHaveBeenCalledTimes(1);
    expect(useAppUpdate.getState().needRefresh).toBe(false);
  });

  it('"later" hides the notice without updating', () => {
    const apply = vi.fn(async () => {});
    useAppUpdate.getState().setApplyUpdate(apply);
    useAppUpdate.getState().showNeedRefresh();
    useAppUpdate.getState().dismiss();
    expect(useAppUpdate.getState()).toMatchObject({ needRefresh: false, offlineReady: false });
    expect(apply).not.toHaveBeenCalled();
  });

  it('a waiting version replaces "ready offline", and "ready offline" never hides a waiting version', () => {
    useAppUpdate.getState().showOfflineReady();
    expect(useAppUpdate.getState()).toMatchObject({ needRefresh: false, offlineReady: true });
    useAppUpdate.getState().showNeedRefresh();
    expect(useAppUpdate.getState()).toMatchObject({ needRefresh: true, offlineReady: false });
    useAppUpdate.getState().showOfflineReady();
    expect(useAppUpdate.getState()).toMatchObject({ needRefresh: true, offlineReady: false });
  });

  it('update() before the registration is ready does nothing harmful', async () => {
    useAppUpdate.getState().showNeedRefresh();
    await expect(useAppUpdate.getState().update()).resolves.toBeUndefined();
  });
});
