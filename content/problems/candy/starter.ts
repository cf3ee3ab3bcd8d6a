function candy(ratings: number[]): number {

};
