function twoSum(numbers: number[], target: number): number[] {}
