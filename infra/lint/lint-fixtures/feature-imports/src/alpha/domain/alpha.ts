export interface Alpha {
  id: string;
}
