function change(amount: number, coins: number[]): number {}
