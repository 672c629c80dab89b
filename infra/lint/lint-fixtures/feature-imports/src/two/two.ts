import { three } from '../three/three';
export const two = () => three();
