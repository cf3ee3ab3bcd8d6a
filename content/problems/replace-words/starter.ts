function replaceWords(dictionary: string[], sentence: string): string {

};
