function partitionLabels(s: string): number[] {

};
