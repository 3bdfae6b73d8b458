/**
 * The theme the map is drawn with (render/theme), for the parts of the canvas
 * that draw with inline styles (arrows, heads, leaders, simple paths): MapView
 * provides the one it was given, so the editor's screen theme and the
 * presentation's projector theme each reach every arrow.
 */
import { createContext, useContext } from 'react';
import { screenTheme, type Theme } from '../render';

export const ThemeContext = createContext<Theme>(screenTheme);

export const useTheme = () => useContext(ThemeContext);
