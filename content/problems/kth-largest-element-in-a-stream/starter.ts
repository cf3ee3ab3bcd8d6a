class KthLargest {
    constructor(k: number, nums: number[]) {

    }

    add(val: number): number {

    }
}
