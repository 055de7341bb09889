// Entry points: sidebar-api (being written).
export {};
