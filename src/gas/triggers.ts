// Entry points: triggers (being written).
export {};
