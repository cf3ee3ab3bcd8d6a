class FreqStack {
    constructor() {

    }

    push(val: number): void {

    }

    pop(): number {

    }
}
