import { AwardConferred } from '../events/awards.events';
import { TOPICS } from '../topics';
import { provenanceError } from './provenance';

describe('event provenance: the topic owner is the only publisher', () => {
  it("accepts an owner's event on its topic", () => {
    expect(provenanceError(TOPICS.award, { type: AwardConferred.type, source: '/services/awards' })).toBeUndefined();
  });

  it('refuses another source on an owned topic', () => {
    expect(provenanceError(TOPICS.award, { type: AwardConferred.type, source: '/services/covenants' })).toBe(
      'ce_source /services/covenants is not /services/awards, the only publisher of awards.award.v1',
    );
  });

  it("refuses a type on another service's topic, even from that topic's owner", () => {
    expect(provenanceError(TOPICS.covenant, { type: AwardConferred.type, source: '/services/covenants' })).toBe(
      'awards.award-conferred.v1 travels on awards.award.v1, not on covenants.covenant.v1',
    );
  });

  it('has no opinion on topics outside the registry', () => {
    expect(provenanceError('scratch.topic', { type: AwardConferred.type, source: '/anything' })).toBeUndefined();
  });
});
