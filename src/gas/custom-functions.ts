// Entry points: custom-functions (being written).
export {};
