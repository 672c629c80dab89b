export class OwnRepository {}
