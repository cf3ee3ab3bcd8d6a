function canFinish(numCourses: number, prerequisites: number[][]): boolean {

};
