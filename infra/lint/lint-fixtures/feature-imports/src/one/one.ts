// one -> two -> three -> one: no pair both ways, still a cycle
import { two } from '../two/two';
export const one = () => two();
