/** "Có thông tin mới" in orange dark enough for white text at 4.5:1 (Mantine's orange 9 gives about 3.9:1). */
export const NEW_FACTS_ORANGE = '#9c3b08';
